// Generated from spec/ivs.openapi.json by `npm run spec` (openapi-typescript). Do not edit.
export interface paths {
    "/BatchGetChannel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Performs GetChannel on multiple ARNs simultaneously. */
        post: operations["BatchGetChannel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/BatchGetStreamKey": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Performs GetStreamKey on multiple ARNs simultaneously. */
        post: operations["BatchGetStreamKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/BatchStartViewerSessionRevocation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Performs StartViewerSessionRevocation on multiple channel ARN and viewer ID pairs simultaneously. */
        post: operations["BatchStartViewerSessionRevocation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/CreateAdConfiguration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CreateAdConfiguration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/CreateChannel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Creates a new channel and an associated stream key to start streaming. */
        post: operations["CreateChannel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/CreatePlaybackRestrictionPolicy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Creates a new playback restriction policy, for constraining playback by countries and/or origins. */
        post: operations["CreatePlaybackRestrictionPolicy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/CreateRecordingConfiguration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * @description Creates a new recording configuration, used to enable recording to Amazon S3.
         *
         *     Known issue: In the us-east-1 region, if you use the AWS CLI to create a recording configuration, it returns success even if the S3 bucket is in a different region. In this case, the state of the recording configuration is CREATE_FAILED (instead of ACTIVE). (In other regions, the CLI correctly returns failure if the bucket is in a different region.)
         *
         *     Workaround: Ensure that your S3 bucket is in the same region as the recording configuration. If you create a recording configuration in a different region as your S3 bucket, delete that recording configuration and create a new one with an S3 bucket from the correct region.
         */
        post: operations["CreateRecordingConfiguration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/CreateStreamKey": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * @description Creates a stream key, used to initiate a stream, for the specified channel ARN.
         *
         *     Note that CreateChannel creates a stream key. If you subsequently use `CreateStreamKey` on the same channel, it will fail because a stream key already exists and there is a limit of 1 stream key per channel. To reset the stream key on a channel, use DeleteStreamKey and then `CreateStreamKey`.
         */
        post: operations["CreateStreamKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/DeleteAdConfiguration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DeleteAdConfiguration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/DeleteChannel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * @description Deletes the specified channel and its associated stream keys.
         *
         *     If you try to delete a live channel, you will get an error (409 ConflictException). To delete a channel that is live, call StopStream, wait for the Amazon EventBridge "Stream End" event (to verify that the stream's state is no longer Live), then call DeleteChannel. (See Using EventBridge with Amazon IVS.)
         */
        post: operations["DeleteChannel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/DeletePlaybackKeyPair": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Deletes a specified authorization key pair. This invalidates future viewer tokens generated using the key pair's `privateKey`. For more information, see Setting Up Private Channels in the *Amazon IVS User Guide*. */
        post: operations["DeletePlaybackKeyPair"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/DeletePlaybackRestrictionPolicy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Deletes the specified playback restriction policy. */
        post: operations["DeletePlaybackRestrictionPolicy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/DeleteRecordingConfiguration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * @description Deletes the recording configuration for the specified ARN.
         *
         *     If you try to delete a recording configuration that is associated with a channel, you will get an error (409 ConflictException). To avoid this, for all channels that reference the recording configuration, first use UpdateChannel to set the `recordingConfigurationArn` field to an empty string, then use `DeleteRecordingConfiguration`.
         */
        post: operations["DeleteRecordingConfiguration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/DeleteStreamKey": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Deletes the stream key for the specified ARN, so it can no longer be used to stream. */
        post: operations["DeleteStreamKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/GetAdConfiguration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["GetAdConfiguration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/GetChannel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Gets the channel configuration for the specified channel ARN. See also BatchGetChannel. */
        post: operations["GetChannel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/GetPlaybackKeyPair": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Gets a specified playback authorization key pair and returns the arn and fingerprint. The `privateKey` held by the caller can be used to generate viewer authorization tokens, to grant viewers access to private channels. For more information, see Setting Up Private Channels in the *Amazon IVS User Guide*. */
        post: operations["GetPlaybackKeyPair"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/GetPlaybackRestrictionPolicy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Gets the specified playback restriction policy. */
        post: operations["GetPlaybackRestrictionPolicy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/GetRecordingConfiguration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Gets the recording configuration for the specified ARN. */
        post: operations["GetRecordingConfiguration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/GetStream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Gets information about the active (live) stream on a specified channel. */
        post: operations["GetStream"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/GetStreamKey": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Gets stream-key information for a specified ARN. */
        post: operations["GetStreamKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/GetStreamSession": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Gets metadata on a specified stream. */
        post: operations["GetStreamSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ImportPlaybackKeyPair": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Imports the public portion of a new key pair and returns its arn and fingerprint. The `privateKey` can then be used to generate viewer authorization tokens, to grant viewers access to private channels. For more information, see Setting Up Private Channels in the *Amazon IVS User Guide*. */
        post: operations["ImportPlaybackKeyPair"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/InsertAdBreak": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["InsertAdBreak"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ListAdConfigurations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ListAdConfigurations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ListChannels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Gets summary information about all channels in your account, in the AWS region where the API request is processed. This list can be filtered to match a specified name or recording-configuration ARN. Filters are mutually exclusive and cannot be used together. If you try to use both filters, you will get an error (409 ConflictException). */
        post: operations["ListChannels"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ListPlaybackKeyPairs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Gets summary information about playback key pairs. For more information, see Setting Up Private Channels in the *Amazon IVS User Guide*. */
        post: operations["ListPlaybackKeyPairs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ListPlaybackRestrictionPolicies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Gets summary information about playback restriction policies. */
        post: operations["ListPlaybackRestrictionPolicies"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ListRecordingConfigurations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Gets summary information about all recording configurations in your account, in the AWS region where the API request is processed. */
        post: operations["ListRecordingConfigurations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ListStreamKeys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Gets summary information about stream keys for the specified channel. */
        post: operations["ListStreamKeys"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ListStreamSessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Gets a summary of current and previous streams for a specified channel in your account, in the AWS region where the API request is processed. */
        post: operations["ListStreamSessions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ListStreams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Gets summary information about live streams in your account, in the AWS region where the API request is processed. */
        post: operations["ListStreams"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/PutMetadata": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Inserts metadata into the active stream of the specified channel. At most 5 requests per second per channel are allowed, each with a maximum 1 KB payload. (If 5 TPS is not sufficient for your needs, we recommend batching your data into a single PutMetadata call.) At most 155 requests per second per account are allowed. Also see Embedding Metadata within a Video Stream in the *Amazon IVS User Guide*. */
        post: operations["PutMetadata"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/StartViewerSessionRevocation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Starts the process of revoking the viewer session associated with a specified channel ARN and viewer ID. Optionally, you can provide a version to revoke viewer sessions less than and including that version. For instructions on associating a viewer ID with a viewer session, see Setting Up Private Channels. */
        post: operations["StartViewerSessionRevocation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/StopStream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * @description Disconnects the incoming RTMPS stream for the specified channel. Can be used in conjunction with DeleteStreamKey to prevent further streaming to a channel.
         *
         *     Note
         *
         *     Many streaming client-software libraries automatically reconnect a dropped RTMPS session, so to stop the stream permanently, you may want to first revoke the `streamKey` attached to the channel.
         */
        post: operations["StopStream"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/UpdateAdConfiguration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["UpdateAdConfiguration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/UpdateChannel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Updates a channel's configuration. Live channels cannot be updated. You must stop the ongoing stream, update the channel, and restart the stream for the changes to take effect. */
        post: operations["UpdateChannel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/UpdatePlaybackRestrictionPolicy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Updates a specified playback restriction policy. */
        post: operations["UpdatePlaybackRestrictionPolicy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tags/{resourceArn}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Gets information about AWS tags for the specified ARN. */
        get: operations["ListTagsForResource"];
        put?: never;
        /** @description Adds or updates tags for the AWS resource with the specified ARN. */
        post: operations["TagResource"];
        /** @description Removes tags from the resource with the specified ARN. */
        delete: operations["UntagResource"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AccessDeniedException: {
            exceptionMessage?: string;
        };
        AdConfiguration: {
            arn: string;
            mediaTailorPlaybackConfigurations: components["schemas"]["MediaTailorPlaybackConfiguration"][];
            name?: string;
            postRollConfiguration?: components["schemas"]["PostRollConfiguration"];
            tags?: {
                [key: string]: string;
            };
        };
        AdConfigurationSummary: {
            arn: string;
            mediaTailorPlaybackConfigurations: components["schemas"]["MediaTailorPlaybackConfiguration"][];
            name?: string;
            postRollConfiguration?: components["schemas"]["PostRollConfiguration"];
            tags?: {
                [key: string]: string;
            };
        };
        /** @description Object specifying a stream's audio configuration, as set up by the broadcaster (usually in an encoder). This is part of the IngestConfigurations object and the deprecated IngestConfiguration object. It is used for monitoring stream health. */
        AudioConfiguration: {
            /**
             * Format: int64
             * @description Number of audio channels.
             */
            channels?: number;
            /** @description Codec used for the audio encoding. */
            codec?: string;
            /**
             * Format: int64
             * @description Number of audio samples recorded per second.
             */
            sampleRate?: number;
            /**
             * Format: int64
             * @description The expected ingest bitrate (bits per second). This is configured in the encoder.
             */
            targetBitrate?: number;
            /** @description Name of the audio track (if the stream has an audio track). If multitrack is not enabled, this is Track0 (the sole track). */
            track?: string;
        };
        /** @description Error related to a specific channel, specified by its ARN. */
        BatchError: {
            /** @description ARN of an IVS resource; e.g., channel. */
            arn?: string;
            /** @description Error code. */
            code?: string;
            /** @description Error message, determined by the application. */
            message?: string;
        };
        BatchGetChannelRequest: {
            /** @description Array of ARNs, one per channel. */
            arns: string[];
        };
        BatchGetChannelResponse: {
            channels?: components["schemas"]["Channel"][];
            /** @description Each error object is related to a specific ARN in the request. */
            errors?: components["schemas"]["BatchError"][];
        };
        BatchGetStreamKeyRequest: {
            /** @description Array of ARNs, one per stream key. */
            arns: string[];
        };
        BatchGetStreamKeyResponse: {
            errors?: components["schemas"]["BatchError"][];
            streamKeys?: components["schemas"]["StreamKey"][];
        };
        /** @description Error for a request in the batch for BatchStartViewerSessionRevocation. Each error is related to a specific channel-ARN and viewer-ID pair. */
        BatchStartViewerSessionRevocationError: {
            /** @description Channel ARN. */
            channelArn: string;
            /** @description The ID of the viewer session to revoke. */
            viewerId: string;
            /** @description Error code. */
            code?: string;
            /** @description Error message, determined by the application. */
            message?: string;
        };
        BatchStartViewerSessionRevocationRequest: {
            /** @description Array of viewer sessions, one per channel-ARN and viewer-ID pair. */
            viewerSessions: components["schemas"]["BatchStartViewerSessionRevocationViewerSession"][];
        };
        BatchStartViewerSessionRevocationResponse: {
            /** @description Each error object is related to a specific `channelArn` and `viewerId` pair in the request. */
            errors?: components["schemas"]["BatchStartViewerSessionRevocationError"][];
        };
        /** @description A viewer session to revoke in the call to BatchStartViewerSessionRevocation. */
        BatchStartViewerSessionRevocationViewerSession: {
            /** @description The ARN of the channel associated with the viewer session to revoke. */
            channelArn: string;
            /** @description The ID of the viewer associated with the viewer session to revoke. Do not use this field for personally identifying, confidential, or sensitive information. */
            viewerId: string;
            /**
             * Format: int32
             * @description An optional filter on which versions of the viewer session to revoke. All versions less than or equal to the specified version will be revoked. Default: 0.
             */
            viewerSessionVersionsLessThanOrEqualTo?: number;
        };
        /** @description Object specifying a channel. */
        Channel: {
            /** @description Channel ARN. */
            arn?: string;
            /** @description Whether the channel is private (enabled for playback authorization). Default: `false`. */
            authorized?: boolean;
            /**
             * @description Indicates which content-packaging format is used (MPEG-TS or fMP4). If `multitrackInputConfiguration` is specified and `enabled` is `true`, then `containerFormat` is required and must be set to `FRAGMENTED_MP4`. Otherwise, `containerFormat` may be set to `TS` or `FRAGMENTED_MP4`. Default: `TS`.
             * @enum {string}
             */
            containerFormat?: "TS" | "FRAGMENTED_MP4";
            /** @description Channel ingest endpoint, part of the definition of an ingest server, used when you set up streaming software. */
            ingestEndpoint?: string;
            /** @description Whether the channel allows insecure RTMP ingest. Default: false. */
            insecureIngest?: boolean;
            /**
             * @description Channel latency mode. Use NORMAL to broadcast and deliver live video up to Full HD. Use LOW for near-real-time interaction with viewers. Default: LOW.
             * @enum {string}
             */
            latencyMode?: "NORMAL" | "LOW";
            /** @description Object specifying multitrack input configuration. Default: no multitrack input configuration is specified. */
            multitrackInputConfiguration?: components["schemas"]["MultitrackInputConfiguration"];
            /** @description Channel name. */
            name?: string;
            /** @description Playback-restriction-policy ARN. A valid ARN value here both specifies the ARN and enables playback restriction. Default: "" (empty string, no playback restriction policy is applied). */
            playbackRestrictionPolicyArn?: string;
            /** @description Channel playback URL. */
            playbackUrl?: string;
            /**
             * @description Optional transcode preset for the channel. This is selectable only for `ADVANCED_HD` and `ADVANCED_SD` channel types. For those channel types, the default preset is `HIGHER_BANDWIDTH_DELIVERY`. For other channel types (`BASIC` and `STANDARD`), preset is the empty string (`""`).
             * @enum {string}
             */
            preset?: "HIGHER_BANDWIDTH_DELIVERY" | "CONSTRAINED_BANDWIDTH_DELIVERY";
            /** @description Recording-configuration ARN. A valid ARN value here both specifies the ARN and enables recording. Default: `""` (empty string, recording is disabled). */
            recordingConfigurationArn?: string;
            /** @description Specifies the endpoint and optional passphrase for streaming with the SRT protocol. */
            srt?: components["schemas"]["Srt"];
            /** @description Tags attached to the resource. Array of 1-50 maps, each of the form `string:string` (`key:value`). See Best practices and strategies in *Tagging AWS Resources and Tag Editor* for details, including restrictions that apply to tags and "Tag naming limits and requirements"; Amazon IVS has no service-specific constraints beyond what is documented there. */
            tags?: {
                [key: string]: string;
            };
            /**
             * @description Channel type, which determines the allowable resolution and bitrate. *If you exceed the allowable input resolution or bitrate, the stream probably will disconnect immediately.* Default: STANDARD. For details, see Channel Types.
             * @enum {string}
             */
            type?: "BASIC" | "STANDARD" | "ADVANCED_SD" | "ADVANCED_HD";
        };
        ChannelNotBroadcasting: {
            exceptionMessage?: string;
        };
        /** @description Summary information about a channel. */
        ChannelSummary: {
            /** @description Channel ARN. */
            arn?: string;
            /** @description Whether the channel is private (enabled for playback authorization). Default: `false`. */
            authorized?: boolean;
            /** @description Whether the channel allows insecure RTMP ingest. Default: `false`. */
            insecureIngest?: boolean;
            /**
             * @description Channel latency mode. Use `NORMAL` to broadcast and deliver live video up to Full HD. Use `LOW` for near-real-time interaction with viewers. Default: `LOW`.
             * @enum {string}
             */
            latencyMode?: "NORMAL" | "LOW";
            /** @description Channel name. */
            name?: string;
            /** @description Playback-restriction-policy ARN. A valid ARN value here both specifies the ARN and enables playback restriction. Default: "" (empty string, no playback restriction policy is applied). */
            playbackRestrictionPolicyArn?: string;
            /**
             * @description Optional transcode preset for the channel. This is selectable only for `ADVANCED_HD` and `ADVANCED_SD` channel types. For those channel types, the default preset is `HIGHER_BANDWIDTH_DELIVERY`. For other channel types (`BASIC` and `STANDARD`), preset is the empty string ("").
             * @enum {string}
             */
            preset?: "HIGHER_BANDWIDTH_DELIVERY" | "CONSTRAINED_BANDWIDTH_DELIVERY";
            /** @description Recording-configuration ARN. A valid ARN value here both specifies the ARN and enables recording. Default: "" (empty string, recording is disabled). */
            recordingConfigurationArn?: string;
            /** @description Tags attached to the resource. Array of 1-50 maps, each of the form `string:string` (key:value). See Best practices and strategies in *Tagging AWS Resources and Tag Editor* for details, including restrictions that apply to tags and "Tag naming limits and requirements"; Amazon IVS has no service-specific constraints beyond what is documented there. */
            tags?: {
                [key: string]: string;
            };
            /**
             * @description Channel type, which determines the allowable resolution and bitrate. *If you exceed the allowable input resolution or bitrate, the stream probably will disconnect immediately.* Default: STANDARD. For details, see Channel Types.
             * @enum {string}
             */
            type?: "BASIC" | "STANDARD" | "ADVANCED_SD" | "ADVANCED_HD";
        };
        ConflictException: {
            exceptionMessage?: string;
        };
        CreateAdConfigurationRequest: {
            mediaTailorPlaybackConfigurations: components["schemas"]["MediaTailorPlaybackConfiguration"][];
            name?: string;
            postRollConfiguration?: components["schemas"]["PostRollConfiguration"];
            tags?: {
                [key: string]: string;
            };
        };
        CreateAdConfigurationResponse: {
            adConfiguration: components["schemas"]["AdConfiguration"];
        };
        CreateChannelRequest: {
            /** @description Whether the channel is private (enabled for playback authorization). Default: `false`. */
            authorized?: boolean;
            /**
             * @description Indicates which content-packaging format is used (MPEG-TS or fMP4). If `multitrackInputConfiguration` is specified and `enabled` is `true`, then `containerFormat` is required and must be set to `FRAGMENTED_MP4`. Otherwise, `containerFormat` may be set to `TS` or `FRAGMENTED_MP4`. Default: `TS`.
             * @enum {string}
             */
            containerFormat?: "TS" | "FRAGMENTED_MP4";
            /** @description Whether the channel allows insecure RTMP and SRT ingest. Default: `false`. */
            insecureIngest?: boolean;
            /**
             * @description Channel latency mode. Use `NORMAL` to broadcast and deliver live video up to Full HD. Use `LOW` for near-real-time interaction with viewers. Default: `LOW`.
             * @enum {string}
             */
            latencyMode?: "NORMAL" | "LOW";
            /** @description Object specifying multitrack input configuration. Default: no multitrack input configuration is specified. */
            multitrackInputConfiguration?: components["schemas"]["MultitrackInputConfiguration"];
            /** @description Channel name. */
            name?: string;
            /** @description Playback-restriction-policy ARN. A valid ARN value here both specifies the ARN and enables playback restriction. Default: "" (empty string, no playback restriction policy is applied). */
            playbackRestrictionPolicyArn?: string;
            /**
             * @description Optional transcode preset for the channel. This is selectable only for ADVANCED_HD and ADVANCED_SD channel types. For those channel types, the default preset is HIGHER_BANDWIDTH_DELIVERY. For other channel types (BASIC and STANDARD), preset is the empty string ("").
             * @enum {string}
             */
            preset?: "HIGHER_BANDWIDTH_DELIVERY" | "CONSTRAINED_BANDWIDTH_DELIVERY";
            /** @description Recording-configuration ARN. A valid ARN value here both specifies the ARN and enables recording. Default: "" (empty string, recording is disabled). */
            recordingConfigurationArn?: string;
            /** @description Array of 1-50 maps, each of the form `string:string` (key:value). See Best practices and strategies in *Tagging AWS Resources and Tag Editor* for details, including restrictions that apply to tags and "Tag naming limits and requirements"; Amazon IVS has no service-specific constraints beyond what is documented there. */
            tags?: {
                [key: string]: string;
            };
            /**
             * @description Channel type, which determines the allowable resolution and bitrate. *If you exceed the allowable input resolution or bitrate, the stream probably will disconnect immediately.* Default: STANDARD. For details, see Channel Types.
             * @enum {string}
             */
            type?: "BASIC" | "STANDARD" | "ADVANCED_SD" | "ADVANCED_HD";
        };
        CreateChannelResponse: {
            channel?: components["schemas"]["Channel"];
            streamKey?: components["schemas"]["StreamKey"];
        };
        CreatePlaybackRestrictionPolicyRequest: {
            /** @description A list of country codes that control geoblocking restriction. Allowed values are the officially assigned ISO 3166-1 alpha-2 codes. Default: All countries (an empty array). */
            allowedCountries?: string[];
            /** @description A list of origin sites that control CORS restriction. Allowed values are the same as valid values of the Origin header defined at <https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Origin>. Default: All origins (an empty array). */
            allowedOrigins?: string[];
            /** @description Whether channel playback is constrained by origin site. Default: false. */
            enableStrictOriginEnforcement?: boolean;
            /** @description Playback-restriction-policy name. The value does not need to be unique. */
            name?: string;
            /** @description Array of 1-50 maps, each of the form `string:string` (key:value). See Best practices and strategies in *Tagging AWS Resources and Tag Editor* for details, including restrictions that apply to tags and "Tag naming limits and requirements"; Amazon IVS has no service-specific constraints beyond what is documented there. */
            tags?: {
                [key: string]: string;
            };
        };
        CreatePlaybackRestrictionPolicyResponse: {
            playbackRestrictionPolicy?: components["schemas"]["PlaybackRestrictionPolicy"];
        };
        CreateRecordingConfigurationRequest: {
            /** @description A complex type that contains a destination configuration for where recorded video will be stored. */
            destinationConfiguration: components["schemas"]["DestinationConfiguration"];
            /** @description Recording-configuration name. The value does not need to be unique. */
            name?: string;
            /**
             * Format: int32
             * @description If a broadcast disconnects and then reconnects within the specified interval, the multiple streams will be considered a single broadcast and merged together. Default: 0.
             */
            recordingReconnectWindowSeconds?: number;
            /** @description Object that describes which renditions should be recorded for a stream. */
            renditionConfiguration?: components["schemas"]["RenditionConfiguration"];
            /** @description Array of 1-50 maps, each of the form `string:string` (key:value). See Best practices and strategies in *Tagging AWS Resources and Tag Editor* for details, including restrictions that apply to tags and "Tag naming limits and requirements"; Amazon IVS has no service-specific constraints beyond what is documented there. */
            tags?: {
                [key: string]: string;
            };
            /** @description A complex type that allows you to enable/disable the recording of thumbnails for a live session and modify the interval at which thumbnails are generated for the live session. */
            thumbnailConfiguration?: components["schemas"]["ThumbnailConfiguration"];
        };
        CreateRecordingConfigurationResponse: {
            /** @description An object representing a configuration to record a channel stream. */
            recordingConfiguration?: components["schemas"]["RecordingConfiguration"];
        };
        CreateStreamKeyRequest: {
            /** @description ARN of the channel for which to create the stream key. */
            channelArn: string;
            /** @description Array of 1-50 maps, each of the form `string:string` (key:value). See Best practices and strategies in *Tagging AWS Resources and Tag Editor* for details, including restrictions that apply to tags and "Tag naming limits and requirements"; Amazon IVS has no service-specific constraints beyond what is documented there. */
            tags?: {
                [key: string]: string;
            };
        };
        CreateStreamKeyResponse: {
            /** @description Stream key used to authenticate an RTMPS stream for ingestion. */
            streamKey?: components["schemas"]["StreamKey"];
        };
        DeleteAdConfigurationRequest: {
            arn: string;
        };
        DeleteChannelRequest: {
            /** @description ARN of the channel to be deleted. */
            arn: string;
        };
        DeletePlaybackKeyPairRequest: {
            /** @description ARN of the key pair to be deleted. */
            arn: string;
        };
        DeletePlaybackKeyPairResponse: Record<string, never>;
        DeletePlaybackRestrictionPolicyRequest: {
            /** @description ARN of the playback restriction policy to be deleted. */
            arn: string;
        };
        DeleteRecordingConfigurationRequest: {
            /** @description ARN of the recording configuration to be deleted. */
            arn: string;
        };
        DeleteStreamKeyRequest: {
            /** @description ARN of the stream key to be deleted. */
            arn: string;
        };
        /** @description A complex type that describes a location where recorded videos will be stored. Each member represents a type of destination configuration. For recording, you define one and only one type of destination configuration. */
        DestinationConfiguration: {
            /** @description An S3 destination configuration where recorded videos will be stored. */
            s3?: components["schemas"]["S3DestinationConfiguration"];
        };
        GetAdConfigurationRequest: {
            arn: string;
        };
        GetAdConfigurationResponse: {
            adConfiguration?: components["schemas"]["AdConfiguration"];
        };
        GetChannelRequest: {
            /** @description ARN of the channel for which the configuration is to be retrieved. */
            arn: string;
        };
        GetChannelResponse: {
            channel?: components["schemas"]["Channel"];
        };
        GetPlaybackKeyPairRequest: {
            /** @description ARN of the key pair to be returned. */
            arn: string;
        };
        GetPlaybackKeyPairResponse: {
            /** @description A key pair used to sign and validate a playback authorization token. */
            keyPair?: components["schemas"]["PlaybackKeyPair"];
        };
        GetPlaybackRestrictionPolicyRequest: {
            /** @description ARN of the playback restriction policy to be returned. */
            arn: string;
        };
        GetPlaybackRestrictionPolicyResponse: {
            playbackRestrictionPolicy?: components["schemas"]["PlaybackRestrictionPolicy"];
        };
        GetRecordingConfigurationRequest: {
            /** @description ARN of the recording configuration to be retrieved. */
            arn: string;
        };
        GetRecordingConfigurationResponse: {
            /** @description An object representing a configuration to record a channel stream. */
            recordingConfiguration?: components["schemas"]["RecordingConfiguration"];
        };
        GetStreamKeyRequest: {
            /** @description ARN for the stream key to be retrieved. */
            arn: string;
        };
        GetStreamKeyResponse: {
            /** @description Object specifying a stream key. */
            streamKey?: components["schemas"]["StreamKey"];
        };
        GetStreamRequest: {
            /** @description Channel ARN for stream to be accessed. */
            channelArn: string;
        };
        GetStreamResponse: {
            stream?: components["schemas"]["Stream"];
        };
        GetStreamSessionRequest: {
            /** @description ARN of the channel resource */
            channelArn: string;
            /** @description Unique identifier for a live or previously live stream in the specified channel. If no `streamId` is provided, this returns the most recent stream session for the channel, if it exists. */
            streamId?: string;
        };
        GetStreamSessionResponse: {
            /** @description List of stream details. */
            streamSession?: components["schemas"]["StreamSession"];
        };
        ImportPlaybackKeyPairRequest: {
            /** @description Playback-key-pair name. The value does not need to be unique. */
            name?: string;
            /** @description The public portion of a customer-generated key pair. */
            publicKeyMaterial: string;
            /** @description Any tags provided with the request are added to the playback key pair tags. See Best practices and strategies in *Tagging AWS Resources and Tag Editor* for details, including restrictions that apply to tags and "Tag naming limits and requirements"; Amazon IVS has no service-specific constraints beyond what is documented there. */
            tags?: {
                [key: string]: string;
            };
        };
        ImportPlaybackKeyPairResponse: {
            keyPair?: components["schemas"]["PlaybackKeyPair"];
        };
        /**
         * @description Object specifying the ingest configuration set up by the broadcaster, usually in an encoder.
         *
         *     Note: IngestConfiguration is deprecated in favor of IngestConfigurations but retained to ensure backward compatibility. If multitrack is not enabled, IngestConfiguration and IngestConfigurations contain the same data, namely information about Track0 (the sole track). If multitrack is enabled, IngestConfiguration contains data for only the first track (Track0) and IngestConfigurations contains data for all tracks.
         */
        IngestConfiguration: {
            /** @description Encoder settings for audio. */
            audio?: components["schemas"]["AudioConfiguration"];
            /** @description Encoder settings for video. */
            video?: components["schemas"]["VideoConfiguration"];
        };
        /**
         * @description Object specifying the ingest configuration set up by the broadcaster, usually in an encoder.
         *
         *     Note: Use `IngestConfigurations` instead of IngestConfiguration (which is deprecated). If multitrack is not enabled, `IngestConfiguration` and `IngestConfigurations` contain the same data, namely information about `Track0` (the sole track). If multitrack is enabled, `IngestConfiguration` contains data for only the first track (`Track0`) and `IngestConfigurations` contains data for all tracks.
         */
        IngestConfigurations: {
            /** @description Encoder settings for audio. */
            audioConfigurations: components["schemas"]["AudioConfiguration"][];
            /** @description Encoder settings for video */
            videoConfigurations: components["schemas"]["VideoConfiguration"][];
        };
        InsertAdBreakRequest: {
            channelArn: string;
            durationSeconds: number;
        };
        InsertAdBreakResponse: {
            adBreakId?: string;
        };
        InternalServerException: {
            exceptionMessage?: string;
        };
        ListAdConfigurationsRequest: {
            nextToken?: string;
            maxResults?: number;
        };
        ListAdConfigurationsResponse: {
            adConfigurations: components["schemas"]["AdConfigurationSummary"][];
            nextToken?: string;
        };
        ListChannelsRequest: {
            /** @description Filters the channel list to match the specified name. */
            filterByName?: string;
            /** @description Filters the channel list to match the specified policy. */
            filterByPlaybackRestrictionPolicyArn?: string;
            /** @description Filters the channel list to match the specified recording-configuration ARN. */
            filterByRecordingConfigurationArn?: string;
            /**
             * Format: int32
             * @description Maximum number of channels to return. Default: 100.
             */
            maxResults?: number;
            /** @description The first channel to retrieve. This is used for pagination; see the nextToken response field. */
            nextToken?: string;
        };
        ListChannelsResponse: {
            /** @description List of the matching channels. */
            channels: components["schemas"]["ChannelSummary"][];
            /** @description If there are more channels than `maxResults`, use `nextToken` in the request to get the next set. */
            nextToken?: string;
        };
        ListPlaybackKeyPairsRequest: {
            /**
             * Format: int32
             * @description Maximum number of key pairs to return. Default: your service quota or 100, whichever is smaller.
             */
            maxResults?: number;
            /** @description The first key pair to retrieve. This is used for pagination; see the nextToken response field. */
            nextToken?: string;
        };
        ListPlaybackKeyPairsResponse: {
            /** @description List of key pairs. */
            keyPairs: components["schemas"]["PlaybackKeyPairSummary"][];
            /** @description If there are more key pairs than `maxResults`, use `nextToken` in the request to get the next set. */
            nextToken?: string;
        };
        ListPlaybackRestrictionPoliciesRequest: {
            /**
             * Format: int32
             * @description Maximum number of policies to return. Default: 1.
             */
            maxResults?: number;
            /** @description The first policy to retrieve. This is used for pagination; see the nextToken response field. */
            nextToken?: string;
        };
        ListPlaybackRestrictionPoliciesResponse: {
            /** @description If there are more channels than `maxResults`, use `nextToken` in the request to get the next set. */
            nextToken?: string;
            /** @description List of the matching policies. */
            playbackRestrictionPolicies: components["schemas"]["PlaybackRestrictionPolicySummary"][];
        };
        ListRecordingConfigurationsRequest: {
            /**
             * Format: int32
             * @description Maximum number of recording configurations to return. Default: your service quota or 100, whichever is smaller.
             */
            maxResults?: number;
            /** @description The first recording configuration to retrieve. This is used for pagination; see the nextToken response field. */
            nextToken?: string;
        };
        ListRecordingConfigurationsResponse: {
            /** @description If there are more recording configurations than `maxResults`, use `nextToken` in the request to get the next set. */
            nextToken?: string;
            /** @description List of the matching recording configurations. */
            recordingConfigurations: components["schemas"]["RecordingConfigurationSummary"][];
        };
        ListStreamKeysRequest: {
            /** @description Channel ARN used to filter the list. */
            channelArn: string;
            /**
             * Format: int32
             * @description Maximum number of streamKeys to return. Default: 1.
             */
            maxResults?: number;
            /** @description The first stream key to retrieve. This is used for pagination; see the `nextToken` response field. */
            nextToken?: string;
        };
        ListStreamKeysResponse: {
            /** @description If there are more stream keys than `maxResults`, use `nextToken` in the request to get the next set. */
            nextToken?: string;
            /** @description List of stream keys. */
            streamKeys: components["schemas"]["StreamKeySummary"][];
        };
        ListStreamSessionsRequest: {
            /** @description Channel ARN used to filter the list. */
            channelArn: string;
            /**
             * Format: int32
             * @description Maximum number of streams to return. Default: 100.
             */
            maxResults?: number;
            /** @description The first stream to retrieve. This is used for pagination; see the nextToken response field. */
            nextToken?: string;
        };
        ListStreamSessionsResponse: {
            /** @description If there are more streams than maxResults, use nextToken in the request to get the next set. */
            nextToken?: string;
            /** @description List of stream sessions. */
            streamSessions: components["schemas"]["StreamSessionSummary"][];
        };
        ListStreamsRequest: {
            /** @description Filters the stream list to match the specified criterion. */
            filterBy?: components["schemas"]["StreamFilters"];
            /**
             * Format: int32
             * @description Maximum number of streams to return. Default: 100.
             */
            maxResults?: number;
            /** @description The first stream to retrieve. This is used for pagination; see the nextToken response field. */
            nextToken?: string;
        };
        ListStreamsResponse: {
            /** @description If there are more streams than maxResults, use nextToken in the request to get the next set. */
            nextToken?: string;
            /** @description List of streams. */
            streams: components["schemas"]["StreamSummary"][];
        };
        ListTagsForResourceResponse: {
            /** @description Tags attached to the resource. Array of maps, each of the form `string:string` (`key:value`). */
            tags: {
                [key: string]: string;
            };
        };
        MediaTailorPlaybackConfiguration: {
            playbackConfigurationArn?: string;
        };
        /** @description A complex type that specifies multitrack input configuration. */
        MultitrackInputConfiguration: {
            /** @description Indicates whether multitrack input is enabled. Can be set to `true` only if channel type is `STANDARD`. Setting `enabled` to `true` with any other channel type will cause an exception. If `true`, then `policy`, `maximumResolution`, and `containerFormat` are required, and `containerFormat` must be set to `FRAGMENTED_MP4`. Default: `false`. */
            enabled?: boolean;
            /**
             * @description Maximum resolution for multitrack input. Required if `enabled` is `true`.
             * @enum {string}
             */
            maximumResolution?: "SD" | "HD" | "FULL_HD";
            /**
             * @description Indicates whether multitrack input is allowed or required. Required if `enabled` is `true`.
             * @enum {string}
             */
            policy?: "ALLOW" | "REQUIRE";
        };
        PendingVerification: {
            exceptionMessage?: string;
        };
        /** @description A key pair used to sign and validate a playback authorization token. */
        PlaybackKeyPair: {
            /** @description Key-pair ARN. */
            arn?: string;
            /** @description Key-pair identifier. */
            fingerprint?: string;
            /** @description Playback-key-pair name. The value does not need to be unique. */
            name?: string;
            /** @description Tags attached to the resource. Array of 1-50 maps, each of the form `string:string` (key:value). See Best practices and strategies in *Tagging AWS Resources and Tag Editor* for details, including restrictions that apply to tags and "Tag naming limits and requirements"; Amazon IVS has no service-specific constraints beyond what is documented there. */
            tags?: {
                [key: string]: string;
            };
        };
        /** @description Summary information about a playback key pair. */
        PlaybackKeyPairSummary: {
            /** @description Key-pair ARN. */
            arn?: string;
            /** @description Playback-key-pair name. The value does not need to be unique. */
            name?: string;
            /** @description Tags attached to the resource. Array of 1-50 maps, each of the form `string:string` (`key:value`). See Best practices and strategies in *Tagging AWS Resources and Tag Editor* for details, including restrictions that apply to tags and "Tag naming limits and requirements"; Amazon IVS has no service-specific constraints beyond what is documented there. */
            tags?: {
                [key: string]: string;
            };
        };
        /** @description An object representing a policy to constrain playback by country and/or origin sites. */
        PlaybackRestrictionPolicy: {
            /** @description A list of country codes that control geoblocking restriction. Allowed values are the officially assigned [ISO 3166-1 alpha-2](https://www.iso.org/standard/51065.html) codes. Default: All countries (an empty array). */
            allowedCountries: string[];
            /** @description A list of origin sites that control CORS restriction. Allowed values are the same as valid values of the Origin header defined at <https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Origin>. Default: All origins (an empty array). */
            allowedOrigins: string[];
            /** @description Playback-restriction-policy ARN */
            arn: string;
            /** @description Whether channel playback is constrained by origin site. Default: `false`. */
            enableStrictOriginEnforcement?: boolean;
            /** @description Playback-restriction-policy name. The value does not need to be unique. */
            name?: string;
            /** @description Tags attached to the resource. Array of 1-50 maps, each of the form `string:string` (key:value). See Best practices and strategies in *Tagging AWS Resources and Tag Editor* for details, including restrictions that apply to tags and "Tag naming limits and requirements"; Amazon IVS has no service-specific constraints beyond what is documented there. */
            tags?: {
                [key: string]: string;
            };
        };
        /** @description Summary information about a PlaybackRestrictionPolicy. */
        PlaybackRestrictionPolicySummary: {
            /** @description A list of country codes that control geoblocking restriction. Allowed values are the officially assigned ISO 3166-1 alpha-2 codes. Default: All countries (an empty array). */
            allowedCountries: string[];
            /** @description A list of origin sites that control CORS restriction. Allowed values are the same as valid values of the Origin header defined at <https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Origin>. Default: All origins (an empty array). */
            allowedOrigins: string[];
            /** @description Playback-restriction-policy ARN */
            arn: string;
            /** @description Whether channel playback is constrained by origin site. Default: `false`. */
            enableStrictOriginEnforcement?: boolean;
            /** @description Playback-restriction-policy name. The value does not need to be unique. */
            name?: string;
            /** @description Tags attached to the resource. Array of 1-50 maps, each of the form `string:string` (key:value). See Best practices and strategies in *Tagging AWS Resources and Tag Editor* for details, including restrictions that apply to tags and "Tag naming limits and requirements"; Amazon IVS has no service-specific constraints beyond what is documented there. */
            tags?: {
                [key: string]: string;
            };
        };
        PostRollConfiguration: {
            durationSeconds: number;
            enabled: boolean;
        };
        PutMetadataRequest: {
            /** @description ARN of the channel into which metadata is inserted. This channel must have an active stream. */
            channelArn: string;
            /** @description Metadata to insert into the stream. Maximum: 1 KB per request. */
            metadata: string;
        };
        /** @description An object representing a configuration to record a channel stream. */
        RecordingConfiguration: {
            /** @description Recording-configuration ARN. */
            arn: string;
            /** @description A complex type that contains information about where recorded video will be stored. */
            destinationConfiguration: components["schemas"]["DestinationConfiguration"];
            /**
             * @description Indicates the current state of the recording configuration. When the state is ACTIVE, the configuration is ready for recording a channel stream.
             * @enum {string}
             */
            state: "CREATING" | "CREATE_FAILED" | "ACTIVE";
            /** @description Recording-configuration name. The value does not need to be unique. */
            name?: string;
            /**
             * Format: int32
             * @description If a broadcast disconnects and then reconnects within the specified interval, the multiple streams will be considered a single broadcast and merged together. Default: 0.
             */
            recordingReconnectWindowSeconds?: number;
            /** @description Object that describes which renditions should be recorded for a stream. */
            renditionConfiguration?: components["schemas"]["RenditionConfiguration"];
            /** @description Tags attached to the resource. Array of 1-50 maps, each of the form `string:string` (key:value). See Best practices and strategies in *Tagging AWS Resources and Tag Editor* for details, including restrictions that apply to tags and "Tag naming limits and requirements"; Amazon IVS has no service-specific constraints beyond what is documented there. */
            tags?: {
                [key: string]: string;
            };
            /** @description A complex type that allows you to enable/disable the recording of thumbnails for a live session and modify the interval at which thumbnails are generated for the live session. */
            thumbnailConfiguration?: components["schemas"]["ThumbnailConfiguration"];
        };
        /** @description Summary information about a RecordingConfiguration. */
        RecordingConfigurationSummary: {
            /** @description Recording-configuration ARN. */
            arn: string;
            /** @description A complex type that contains information about where recorded video will be stored. */
            destinationConfiguration: components["schemas"]["DestinationConfiguration"];
            /**
             * @description Indicates the current state of the recording configuration. When the state is ACTIVE, the configuration is ready for recording a channel stream.
             * @enum {string}
             */
            state: "CREATING" | "CREATE_FAILED" | "ACTIVE";
            /** @description Recording-configuration name. The value does not need to be unique. */
            name?: string;
            /** @description Tags attached to the resource. Array of 1-50 maps, each of the form `string:string` (key:value). See Best practices and strategies in *Tagging AWS Resources and Tag Editor* for details, including restrictions that apply to tags and "Tag naming limits and requirements"; Amazon IVS has no service-specific constraints beyond what is documented there. */
            tags?: {
                [key: string]: string;
            };
        };
        /** @description Object that describes which renditions should be recorded for a stream. */
        RenditionConfiguration: {
            /** @description Indicates which renditions are recorded for a stream, if `renditionSelection` is `CUSTOM`; otherwise, this field is irrelevant. The selected renditions are recorded if they are available during the stream. If a selected rendition is unavailable, the best available rendition is recorded. For details on the resolution dimensions of each rendition, see Auto-Record to Amazon S3. */
            renditions?: ("SD" | "HD" | "FULL_HD" | "LOWEST_RESOLUTION")[];
            /**
             * @description Indicates which set of renditions are recorded for a stream. For `BASIC` channels, the `CUSTOM` value has no effect. If `CUSTOM` is specified, a set of renditions must be specified in the `renditions` field. Default: `ALL`.
             * @enum {string}
             */
            renditionSelection?: "ALL" | "NONE" | "CUSTOM";
        };
        ResourceNotFoundException: {
            exceptionMessage?: string;
        };
        /** @description A complex type that describes an S3 location where recorded videos will be stored. */
        S3DestinationConfiguration: {
            /** @description Location (S3 bucket name) where recorded videos will be stored. */
            bucketName: string;
        };
        ServiceQuotaExceededException: {
            exceptionMessage?: string;
        };
        ServiceUnavailable: {
            exceptionMessage?: string;
        };
        /** @description Specifies information needed to stream using the SRT protocol. */
        Srt: {
            /** @description The endpoint to be used when streaming with IVS using the SRT protocol. */
            endpoint?: string;
            /** @description Auto-generated passphrase to enable encryption. This field is applicable only if the end user has *not* enabled the `insecureIngest` option for the channel. */
            passphrase?: string;
        };
        StartViewerSessionRevocationRequest: {
            /** @description The ARN of the channel associated with the viewer session to revoke. */
            channelArn: string;
            /** @description The ID of the viewer associated with the viewer session to revoke. Do not use this field for personally identifying, confidential, or sensitive information. */
            viewerId: string;
            /**
             * Format: int32
             * @description An optional filter on which versions of the viewer session to revoke. All versions less than or equal to the specified version will be revoked. Default: 0.
             */
            viewerSessionVersionsLessThanOrEqualTo?: number;
        };
        StartViewerSessionRevocationResponse: Record<string, never>;
        StopStreamRequest: {
            /** @description ARN of the channel for which the stream is to be stopped. */
            channelArn: string;
        };
        StopStreamResponse: Record<string, never>;
        /** @description Specifies a live video stream that has been ingested and distributed. */
        Stream: {
            /** @description Channel ARN for the stream. */
            channelArn?: string;
            /**
             * @description The stream's health.
             * @enum {string}
             */
            health?: "HEALTHY" | "STARVING" | "UNKNOWN";
            /** @description URL of the master playlist, required by the video player to play the HLS stream. */
            playbackUrl?: string;
            /**
             * Format: date-time
             * @description Time of the stream's start. This is an ISO 8601 timestamp; *note that this is returned as a string.*
             */
            startTime?: string;
            /**
             * @description The stream's state. Do not rely on the OFFLINE state, as the API may not return it; instead, a "NotBroadcasting" error will indicate that the stream is not live.
             * @enum {string}
             */
            state?: "LIVE" | "OFFLINE";
            /** @description Unique identifier for a live or previously live stream in the specified channel. */
            streamId?: string;
            /**
             * Format: int64
             * @description A count of concurrent views of the stream. Typically, a new view appears in viewerCount within 15 seconds of when video playback starts and a view is removed from viewerCount within 1 minute of when video playback ends. A value of -1 indicates that the request timed out; in this case, retry.
             */
            viewerCount?: number;
        };
        /** @description Object specifying a stream's events. For a list of events, see Using Amazon EventBridge with Amazon IVS. */
        StreamEvent: {
            /**
             * @description Provides additional details about the stream event. There are several values; the long descriptions are provided in the IVS console but not delivered through the IVS API or EventBridge. Multitrack-related codes are used only for certain Session Ended events.
             *
             *     - `MultitrackInputNotAllowed` — The broadcast client attempted to connect with multitrack input, but multitrack input was not enabled on the channel. Check your broadcast software settings or set `MultitrackInputConfiguration.Policy` to `ALLOW` or `REQUIRE`.
             *
             *     - `MultitrackInputRequired` — The broadcast client attempted to connect with single-track video, but multitrack input is required on this channel. Enable multitrack video in your broadcast software or configure the channel's `MultitrackInputConfiguration.Policy` to `ALLOW`.
             *
             *     - `InvalidGetClientConfigurationStreamKey` — The broadcast client attempted to connect with an invalid, expired, or corrupt stream key.
             *
             *     - `GetClientConfigurationStreamKeyRequired` — The broadcast client attempted to stream multitrack video without providing an authenticated stream key from `GetClientConfiguration`.
             *
             *     - `InvalidMultitrackInputTrackCount` — The multitrack input stream contained an invalid number of tracks.
             *
             *     - `InvalidMultitrackInputVideoTrackMediaProperties` — The multitrack input stream contained one or more tracks with an invalid codec, resolution, bitrate, or framerate.
             *
             *     - `StreamTakeoverMediaMismatch` — The broadcast client attempted to take over with different media properties (e.g., codec, resolution, or video track type) from the original stream.
             *
             *     - `StreamTakeoverInvalidPriority` — The broadcast client attempted a takeover with either a priority integer value equal to or lower than the original stream's value or a value outside the allowed range of 1 to 2,147,483,647.
             *
             *     StreamTakeoverLimitBreach — The broadcast client reached the maximum allowed takeover attempts for this stream.
             */
            code?: string;
            /**
             * Format: date-time
             * @description Time when the event occurred. This is an ISO 8601 timestamp; *note that this is returned as a string*.
             */
            eventTime?: string;
            /** @description Name that identifies the stream event within a type. */
            name?: string;
            /** @description Logical group for certain events. */
            type?: string;
        };
        /** @description Object specifying the stream attribute on which to filter. */
        StreamFilters: {
            /**
             * @description The stream's health.
             * @enum {string}
             */
            health?: "HEALTHY" | "STARVING" | "UNKNOWN";
        };
        /** @description Object specifying a stream key. */
        StreamKey: {
            /** @description Stream-key ARN. */
            arn?: string;
            /** @description Channel ARN for the stream. */
            channelArn?: string;
            /** @description Tags attached to the resource. Array of 1-50 maps, each of the form `string:string` (`key:value`). See Best practices and strategies in *Tagging AWS Resources and Tag Editor* for details, including restrictions that apply to tags and "Tag naming limits and requirements"; Amazon IVS has no service-specific constraints beyond what is documented there. */
            tags?: {
                [key: string]: string;
            };
            /** @description Stream-key value. */
            value?: string;
        };
        /** @description Summary information about a stream key. */
        StreamKeySummary: {
            /** @description Stream-key ARN. */
            arn?: string;
            /** @description Channel ARN for the stream. */
            channelArn?: string;
            /** @description Tags attached to the resource. Array of 1-50 maps, each of the form `string:string` (`key:value`). See Best practices and strategies in *Tagging AWS Resources and Tag Editor* for details, including restrictions that apply to tags and "Tag naming limits and requirements"; Amazon IVS has no service-specific constraints beyond what is documented there. */
            tags?: {
                [key: string]: string;
            };
        };
        /** @description Object that captures the Amazon IVS configuration that the customer provisioned, the ingest configurations that the broadcaster used, and the most recent Amazon IVS stream events it encountered. */
        StreamSession: {
            /** @description The properties of the channel at the time of going live. */
            channel?: components["schemas"]["Channel"];
            /**
             * Format: date-time
             * @description Time when the channel went offline. This is an ISO 8601 timestamp; *note that this is returned as a string*. For live streams, this is NULL.
             */
            endTime?: string;
            /**
             * @description The properties of the incoming RTMP stream.
             *
             *     Note: `ingestConfiguration` is deprecated in favor of `ingestConfigurations` but retained to ensure backward compatibility. If multitrack is not enabled, `ingestConfiguration` and `ingestConfigurations` contain the same data, namely information about Track0 (the sole track). If multitrack is enabled, `ingestConfiguration` contains data for only the first track (Track0) and `ingestConfigurations` contains data for all tracks.
             */
            ingestConfiguration?: components["schemas"]["IngestConfiguration"];
            /** @description The properties of the incoming RTMP stream. If multitrack is enabled, `ingestConfigurations` contains data for all tracks; otherwise, it contains data only for Track0 (the sole track). */
            ingestConfigurations?: components["schemas"]["IngestConfigurations"];
            /** @description The properties of recording the live stream. */
            recordingConfiguration?: components["schemas"]["RecordingConfiguration"];
            /**
             * Format: date-time
             * @description Time when the channel went live. This is an ISO 8601 timestamp; *note that this is returned as a string*.
             */
            startTime?: string;
            /** @description Unique identifier for a live or previously live stream in the specified channel. */
            streamId?: string;
            /** @description List of Amazon IVS events that the stream encountered. The list is sorted by most recent events and contains up to 500 events. For Amazon IVS events, see Using Amazon EventBridge with Amazon IVS. */
            truncatedEvents?: components["schemas"]["StreamEvent"][];
        };
        /** @description Summary information about a stream session. */
        StreamSessionSummary: {
            /**
             * Format: date-time
             * @description Time when the channel went offline. This is an ISO 8601 timestamp; *note that this is returned as a string*. For live streams, this is NULL.
             */
            endTime?: string;
            /** @description If `true`, this stream encountered a quota breach or failure. */
            hasErrorEvent?: boolean;
            /**
             * Format: date-time
             * @description Time when the channel went live. This is an ISO 8601 timestamp; *note that this is returned as a string*.
             */
            startTime?: string;
            /** @description Unique identifier for a live or previously live stream in the specified channel. */
            streamId?: string;
        };
        /** @description Summary information about a stream. */
        StreamSummary: {
            /** @description Channel ARN for the stream. */
            channelArn?: string;
            /**
             * @description The stream's health.
             * @enum {string}
             */
            health?: "HEALTHY" | "STARVING" | "UNKNOWN";
            /**
             * Format: date-time
             * @description Time of the stream's start. This is an ISO 8601 timestamp; *note that this is returned as a string.*
             */
            startTime?: string;
            /**
             * @description The stream's state. Do not rely on the OFFLINE state, as the API may not return it; instead, a "NotBroadcasting" error will indicate that the stream is not live.
             * @enum {string}
             */
            state?: "LIVE" | "OFFLINE";
            /** @description Unique identifier for a live or previously live stream in the specified channel. */
            streamId?: string;
            /**
             * Format: int64
             * @description A count of concurrent views of the stream. Typically, a new view appears in `viewerCount` within 15 seconds of when video playback starts and a view is removed from `viewerCount` within 1 minute of when video playback ends. A value of -1 indicates that the request timed out; in this case, retry.
             */
            viewerCount?: number;
        };
        StreamUnavailable: {
            exceptionMessage?: string;
        };
        TagResourceRequest: {
            /** @description Array of tags to be added or updated. Array of maps, each of the form `string:string` (key:value). See Best practices and strategies in *Tagging AWS Resources and Tag Editor* for details, including restrictions that apply to tags and "Tag naming limits and requirements"; Amazon IVS has no service-specific constraints beyond what is documented there. */
            tags: {
                [key: string]: string;
            };
        };
        TagResourceResponse: Record<string, never>;
        ThrottlingException: {
            exceptionMessage?: string;
        };
        /** @description An object representing a configuration of thumbnails for recorded video. */
        ThumbnailConfiguration: {
            /**
             * @description Thumbnail recording mode. Default: INTERVAL.
             * @enum {string}
             */
            recordingMode?: "DISABLED" | "INTERVAL";
            /**
             * @description Indicates the desired resolution of recorded thumbnails. Thumbnails are recorded at the selected resolution if the corresponding rendition is available during the stream; otherwise, they are recorded at source resolution. For more information about resolution values and their corresponding height and width dimensions, see Auto-Record to Amazon S3. Default: Null (source resolution is returned).
             * @enum {string}
             */
            resolution?: "SD" | "HD" | "FULL_HD" | "LOWEST_RESOLUTION";
            /** @description Indicates the format in which thumbnails are recorded. SEQUENTIAL records all generated thumbnails in a serial manner, to the media/thumbnails directory. LATEST saves the latest thumbnail in media/latest_thumbnail/thumb.jpg and overwrites it at the interval specified by `targetIntervalSeconds`. You can enable both SEQUENTIAL and LATEST. Default: SEQUENTIAL. */
            storage?: ("SEQUENTIAL" | "LATEST")[];
            /**
             * Format: int64
             * @description The targeted thumbnail-generation interval in seconds. This is configurable (and required) only if `recordingMode` is `INTERVAL`. Default: 60.
             *
             *     Important: For the `BASIC` channel type, or the `STANDARD` channel type with multitrack input, setting a value for `targetIntervalSeconds` does not guarantee that thumbnails are generated at the specified interval. For thumbnails to be generated at the `targetIntervalSeconds` interval, the `IDR/Keyframe` value for the input video must be less than the `targetIntervalSeconds` value. See Amazon IVS Streaming Configuration for information on setting `IDR/Keyframe` to the recommended value in video-encoder settings.
             */
            targetIntervalSeconds?: number;
        };
        UntagResourceResponse: Record<string, never>;
        UpdateAdConfigurationRequest: {
            arn: string;
            name?: string;
            mediaTailorPlaybackConfigurations?: components["schemas"]["MediaTailorPlaybackConfiguration"][];
            postRollConfiguration?: components["schemas"]["PostRollConfiguration"];
        };
        UpdateAdConfigurationResponse: {
            adConfiguration: components["schemas"]["AdConfiguration"];
        };
        UpdateChannelRequest: {
            /** @description ARN of the channel to be updated. */
            arn: string;
            /** @description Whether the channel is private (enabled for playback authorization). */
            authorized?: boolean;
            /**
             * @description Indicates which content-packaging format is used (MPEG-TS or fMP4). If `multitrackInputConfiguration` is specified and `enabled` is `true`, then `containerFormat` is required and must be set to `FRAGMENTED_MP4`. Otherwise, `containerFormat` may be set to `TS` or `FRAGMENTED_MP4`. Default: `TS`.
             * @enum {string}
             */
            containerFormat?: "TS" | "FRAGMENTED_MP4";
            /** @description Whether the channel allows insecure RTMP and SRT ingest. Default: `false`. */
            insecureIngest?: boolean;
            /**
             * @description Channel latency mode. Use `NORMAL` to broadcast and deliver live video up to Full HD. Use `LOW` for near-real-time interaction with viewers.
             * @enum {string}
             */
            latencyMode?: "NORMAL" | "LOW";
            /** @description Object specifying multitrack input configuration. Default: no multitrack input configuration is specified. */
            multitrackInputConfiguration?: components["schemas"]["MultitrackInputConfiguration"];
            /** @description Channel name. */
            name?: string;
            /** @description Playback-restriction-policy ARN. A valid ARN value here both specifies the ARN and enables playback restriction. If this is set to an empty string, playback restriction policy is disabled. */
            playbackRestrictionPolicyArn?: string;
            /**
             * @description Optional transcode preset for the channel. This is selectable only for ADVANCED_HD and ADVANCED_SD channel types. For those channel types, the default preset is HIGHER_BANDWIDTH_DELIVERY. For other channel types (BASIC and STANDARD), preset is the empty string ("").
             * @enum {string}
             */
            preset?: "HIGHER_BANDWIDTH_DELIVERY" | "CONSTRAINED_BANDWIDTH_DELIVERY";
            /** @description Recording-configuration ARN. A valid ARN value here both specifies the ARN and enables recording. If this is set to an empty string, recording is disabled. */
            recordingConfigurationArn?: string;
            /**
             * @description Channel type, which determines the allowable resolution and bitrate. *If you exceed the allowable input resolution or bitrate, the stream probably will disconnect immediately.* Default: STANDARD. For details, see Channel Types.
             * @enum {string}
             */
            type?: "BASIC" | "STANDARD" | "ADVANCED_SD" | "ADVANCED_HD";
        };
        UpdateChannelResponse: {
            /** @description Object specifying the updated channel. */
            channel?: components["schemas"]["Channel"];
        };
        UpdatePlaybackRestrictionPolicyRequest: {
            /** @description A list of country codes that control geoblocking restriction. Allowed values are the officially assigned ISO 3166-1 alpha-2 codes. Default: All countries (an empty array). */
            allowedCountries?: string[];
            /** @description A list of origin sites that control CORS restriction. Allowed values are the same as valid values of the Origin header defined at <https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Origin>. Default: All origins (an empty array). */
            allowedOrigins?: string[];
            /** @description ARN of the playback-restriction-policy to be updated. */
            arn: string;
            /** @description Whether channel playback is constrained by origin site. Default: `false`. */
            enableStrictOriginEnforcement?: boolean;
            /** @description Playback-restriction-policy name. The value does not need to be unique. */
            name?: string;
        };
        UpdatePlaybackRestrictionPolicyResponse: {
            /** @description Object specifying the updated policy. */
            playbackRestrictionPolicy?: components["schemas"]["PlaybackRestrictionPolicy"];
        };
        ValidationException: {
            exceptionMessage?: string;
        };
        /** @description Object specifying a stream's video configuration, as set up by the broadcaster (usually in an encoder). This is part of the IngestConfigurations object and the deprecated IngestConfiguration object. It is used for monitoring stream health. */
        VideoConfiguration: {
            /** @description (Deprecated) Indicates the degree of required decoder performance for a profile. Normally this is set automatically by the encoder. For details, see the H.264 specification. This is populated only when VideoConfiguration is part of the deprecated IngestConfiguration; otherwise, this is an empty string. */
            avcLevel?: string;
            /** @description (Deprecated) Indicates to the decoder the requirements for decoding the stream. For definitions of the valid values, see the H.264 specification. This is populated only when VideoConfiguration is part of the deprecated IngestConfiguration; otherwise, this is an empty string. */
            avcProfile?: string;
            /** @description Codec used for the video encoding. */
            codec?: string;
            /** @description Software or hardware used to encode the video. */
            encoder?: string;
            /** @description Indicates the degree of required decoder performance for a profile. Normally this is set automatically by the encoder. When an AVC codec is used, this field has the same value as `avcLevel`. */
            level?: string;
            /** @description Indicates to the decoder the requirements for decoding the stream. When an AVC codec is used, this field has the same value as `avcProfile`. */
            profile?: string;
            /**
             * Format: int64
             * @description The expected ingest bitrate (bits per second). This is configured in the encoder.
             */
            targetBitrate?: number;
            /**
             * Format: int64
             * @description The expected ingest framerate. This is configured in the encoder.
             */
            targetFramerate?: number;
            /** @description Name of the video track. If multitrack is not enabled, this is `Track0` (the sole track). */
            track?: string;
            /**
             * Format: int64
             * @description Video-resolution height in pixels.
             */
            videoHeight?: number;
            /**
             * Format: int64
             * @description Video-resolution width in pixels.
             */
            videoWidth?: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    BatchGetChannel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BatchGetChannelRequest"];
            };
        };
        responses: {
            /** @description BatchGetChannel succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchGetChannelResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description AccessDeniedException */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"];
                };
            };
            /** @description ServiceUnavailable */
            503: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailable"];
                };
            };
        };
    };
    BatchGetStreamKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BatchGetStreamKeyRequest"];
            };
        };
        responses: {
            /** @description BatchGetStreamKey succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchGetStreamKeyResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description AccessDeniedException */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"];
                };
            };
            /** @description ServiceUnavailable */
            503: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailable"];
                };
            };
        };
    };
    BatchStartViewerSessionRevocation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BatchStartViewerSessionRevocationRequest"];
            };
        };
        responses: {
            /** @description BatchStartViewerSessionRevocation succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchStartViewerSessionRevocationResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description AccessDeniedException | PendingVerification */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"] | components["schemas"]["PendingVerification"];
                };
            };
            /** @description ThrottlingException */
            429: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThrottlingException"];
                };
            };
        };
    };
    CreateAdConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAdConfigurationRequest"];
            };
        };
        responses: {
            /** @description CreateAdConfiguration succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateAdConfigurationResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description ServiceQuotaExceededException */
            402: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceQuotaExceededException"];
                };
            };
            /** @description AccessDeniedException | PendingVerification */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"] | components["schemas"]["PendingVerification"];
                };
            };
            /** @description ResourceNotFoundException */
            404: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceNotFoundException"];
                };
            };
            /** @description ConflictException */
            409: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictException"];
                };
            };
            /** @description ThrottlingException */
            429: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThrottlingException"];
                };
            };
            /** @description InternalServerException */
            500: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalServerException"];
                };
            };
        };
    };
    CreateChannel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CreateChannelRequest"];
            };
        };
        responses: {
            /** @description CreateChannel succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateChannelResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description ServiceQuotaExceededException */
            402: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceQuotaExceededException"];
                };
            };
            /** @description AccessDeniedException | PendingVerification */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"] | components["schemas"]["PendingVerification"];
                };
            };
            /** @description ResourceNotFoundException */
            404: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceNotFoundException"];
                };
            };
        };
    };
    CreatePlaybackRestrictionPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CreatePlaybackRestrictionPolicyRequest"];
            };
        };
        responses: {
            /** @description CreatePlaybackRestrictionPolicy succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatePlaybackRestrictionPolicyResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description ServiceQuotaExceededException */
            402: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceQuotaExceededException"];
                };
            };
            /** @description AccessDeniedException | PendingVerification */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"] | components["schemas"]["PendingVerification"];
                };
            };
            /** @description ThrottlingException */
            429: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThrottlingException"];
                };
            };
        };
    };
    CreateRecordingConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRecordingConfigurationRequest"];
            };
        };
        responses: {
            /** @description CreateRecordingConfiguration succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateRecordingConfigurationResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description ServiceQuotaExceededException */
            402: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceQuotaExceededException"];
                };
            };
            /** @description AccessDeniedException | PendingVerification */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"] | components["schemas"]["PendingVerification"];
                };
            };
            /** @description ConflictException */
            409: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictException"];
                };
            };
            /** @description InternalServerException */
            500: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalServerException"];
                };
            };
        };
    };
    CreateStreamKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateStreamKeyRequest"];
            };
        };
        responses: {
            /** @description CreateStreamKey succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateStreamKeyResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description ServiceQuotaExceededException */
            402: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceQuotaExceededException"];
                };
            };
            /** @description AccessDeniedException | PendingVerification */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"] | components["schemas"]["PendingVerification"];
                };
            };
            /** @description ResourceNotFoundException */
            404: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceNotFoundException"];
                };
            };
        };
    };
    DeleteAdConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteAdConfigurationRequest"];
            };
        };
        responses: {
            /** @description DeleteAdConfiguration succeeded */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description AccessDeniedException */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"];
                };
            };
            /** @description ResourceNotFoundException */
            404: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceNotFoundException"];
                };
            };
            /** @description ConflictException */
            409: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictException"];
                };
            };
            /** @description InternalServerException */
            500: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalServerException"];
                };
            };
        };
    };
    DeleteChannel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteChannelRequest"];
            };
        };
        responses: {
            /** @description DeleteChannel succeeded */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description AccessDeniedException | PendingVerification */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"] | components["schemas"]["PendingVerification"];
                };
            };
            /** @description ResourceNotFoundException */
            404: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceNotFoundException"];
                };
            };
            /** @description ConflictException */
            409: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictException"];
                };
            };
        };
    };
    DeletePlaybackKeyPair: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeletePlaybackKeyPairRequest"];
            };
        };
        responses: {
            /** @description DeletePlaybackKeyPair succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletePlaybackKeyPairResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description AccessDeniedException | PendingVerification */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"] | components["schemas"]["PendingVerification"];
                };
            };
            /** @description ResourceNotFoundException */
            404: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceNotFoundException"];
                };
            };
        };
    };
    DeletePlaybackRestrictionPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeletePlaybackRestrictionPolicyRequest"];
            };
        };
        responses: {
            /** @description DeletePlaybackRestrictionPolicy succeeded */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description AccessDeniedException | PendingVerification */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"] | components["schemas"]["PendingVerification"];
                };
            };
            /** @description ResourceNotFoundException */
            404: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceNotFoundException"];
                };
            };
            /** @description ConflictException */
            409: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictException"];
                };
            };
        };
    };
    DeleteRecordingConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteRecordingConfigurationRequest"];
            };
        };
        responses: {
            /** @description DeleteRecordingConfiguration succeeded */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description AccessDeniedException */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"];
                };
            };
            /** @description ResourceNotFoundException */
            404: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceNotFoundException"];
                };
            };
            /** @description ConflictException */
            409: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictException"];
                };
            };
            /** @description InternalServerException */
            500: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalServerException"];
                };
            };
        };
    };
    DeleteStreamKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteStreamKeyRequest"];
            };
        };
        responses: {
            /** @description DeleteStreamKey succeeded */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description AccessDeniedException | PendingVerification */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"] | components["schemas"]["PendingVerification"];
                };
            };
            /** @description ResourceNotFoundException */
            404: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceNotFoundException"];
                };
            };
        };
    };
    GetAdConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GetAdConfigurationRequest"];
            };
        };
        responses: {
            /** @description GetAdConfiguration succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetAdConfigurationResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description AccessDeniedException */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"];
                };
            };
            /** @description ResourceNotFoundException */
            404: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceNotFoundException"];
                };
            };
            /** @description InternalServerException */
            500: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalServerException"];
                };
            };
        };
    };
    GetChannel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GetChannelRequest"];
            };
        };
        responses: {
            /** @description GetChannel succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetChannelResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description AccessDeniedException */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"];
                };
            };
            /** @description ResourceNotFoundException */
            404: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceNotFoundException"];
                };
            };
        };
    };
    GetPlaybackKeyPair: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GetPlaybackKeyPairRequest"];
            };
        };
        responses: {
            /** @description GetPlaybackKeyPair succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetPlaybackKeyPairResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description AccessDeniedException */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"];
                };
            };
            /** @description ResourceNotFoundException */
            404: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceNotFoundException"];
                };
            };
        };
    };
    GetPlaybackRestrictionPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GetPlaybackRestrictionPolicyRequest"];
            };
        };
        responses: {
            /** @description GetPlaybackRestrictionPolicy succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetPlaybackRestrictionPolicyResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description AccessDeniedException | PendingVerification */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"] | components["schemas"]["PendingVerification"];
                };
            };
            /** @description ResourceNotFoundException */
            404: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceNotFoundException"];
                };
            };
        };
    };
    GetRecordingConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GetRecordingConfigurationRequest"];
            };
        };
        responses: {
            /** @description GetRecordingConfiguration succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetRecordingConfigurationResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description AccessDeniedException */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"];
                };
            };
            /** @description ResourceNotFoundException */
            404: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceNotFoundException"];
                };
            };
            /** @description InternalServerException */
            500: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalServerException"];
                };
            };
        };
    };
    GetStream: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GetStreamRequest"];
            };
        };
        responses: {
            /** @description GetStream succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetStreamResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description AccessDeniedException */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"];
                };
            };
            /** @description ChannelNotBroadcasting | ResourceNotFoundException */
            404: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelNotBroadcasting"] | components["schemas"]["ResourceNotFoundException"];
                };
            };
        };
    };
    GetStreamKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GetStreamKeyRequest"];
            };
        };
        responses: {
            /** @description GetStreamKey succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetStreamKeyResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description AccessDeniedException */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"];
                };
            };
            /** @description ResourceNotFoundException */
            404: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceNotFoundException"];
                };
            };
        };
    };
    GetStreamSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GetStreamSessionRequest"];
            };
        };
        responses: {
            /** @description GetStreamSession succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetStreamSessionResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description AccessDeniedException */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"];
                };
            };
            /** @description ResourceNotFoundException */
            404: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceNotFoundException"];
                };
            };
        };
    };
    ImportPlaybackKeyPair: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImportPlaybackKeyPairRequest"];
            };
        };
        responses: {
            /** @description ImportPlaybackKeyPair succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportPlaybackKeyPairResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description ServiceQuotaExceededException */
            402: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceQuotaExceededException"];
                };
            };
            /** @description AccessDeniedException | PendingVerification */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"] | components["schemas"]["PendingVerification"];
                };
            };
            /** @description ConflictException */
            409: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictException"];
                };
            };
        };
    };
    InsertAdBreak: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InsertAdBreakRequest"];
            };
        };
        responses: {
            /** @description InsertAdBreak succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InsertAdBreakResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description AccessDeniedException */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"];
                };
            };
            /** @description ChannelNotBroadcasting | ResourceNotFoundException */
            404: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelNotBroadcasting"] | components["schemas"]["ResourceNotFoundException"];
                };
            };
            /** @description ConflictException */
            409: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictException"];
                };
            };
            /** @description ThrottlingException */
            429: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThrottlingException"];
                };
            };
            /** @description InternalServerException */
            500: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalServerException"];
                };
            };
        };
    };
    ListAdConfigurations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ListAdConfigurationsRequest"];
            };
        };
        responses: {
            /** @description ListAdConfigurations succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListAdConfigurationsResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description AccessDeniedException */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"];
                };
            };
            /** @description InternalServerException */
            500: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalServerException"];
                };
            };
        };
    };
    ListChannels: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ListChannelsRequest"];
            };
        };
        responses: {
            /** @description ListChannels succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListChannelsResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description AccessDeniedException */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"];
                };
            };
            /** @description ConflictException */
            409: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictException"];
                };
            };
        };
    };
    ListPlaybackKeyPairs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ListPlaybackKeyPairsRequest"];
            };
        };
        responses: {
            /** @description ListPlaybackKeyPairs succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListPlaybackKeyPairsResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description AccessDeniedException */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"];
                };
            };
        };
    };
    ListPlaybackRestrictionPolicies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ListPlaybackRestrictionPoliciesRequest"];
            };
        };
        responses: {
            /** @description ListPlaybackRestrictionPolicies succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListPlaybackRestrictionPoliciesResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description AccessDeniedException | PendingVerification */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"] | components["schemas"]["PendingVerification"];
                };
            };
            /** @description ConflictException */
            409: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictException"];
                };
            };
        };
    };
    ListRecordingConfigurations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ListRecordingConfigurationsRequest"];
            };
        };
        responses: {
            /** @description ListRecordingConfigurations succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListRecordingConfigurationsResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description AccessDeniedException */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"];
                };
            };
            /** @description InternalServerException */
            500: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalServerException"];
                };
            };
        };
    };
    ListStreamKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListStreamKeysRequest"];
            };
        };
        responses: {
            /** @description ListStreamKeys succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListStreamKeysResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description AccessDeniedException */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"];
                };
            };
            /** @description ResourceNotFoundException */
            404: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceNotFoundException"];
                };
            };
        };
    };
    ListStreamSessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListStreamSessionsRequest"];
            };
        };
        responses: {
            /** @description ListStreamSessions succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListStreamSessionsResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description AccessDeniedException */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"];
                };
            };
            /** @description ResourceNotFoundException */
            404: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceNotFoundException"];
                };
            };
        };
    };
    ListStreams: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ListStreamsRequest"];
            };
        };
        responses: {
            /** @description ListStreams succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListStreamsResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description AccessDeniedException */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"];
                };
            };
        };
    };
    PutMetadata: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutMetadataRequest"];
            };
        };
        responses: {
            /** @description PutMetadata succeeded */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description AccessDeniedException */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"];
                };
            };
            /** @description ChannelNotBroadcasting | ResourceNotFoundException */
            404: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelNotBroadcasting"] | components["schemas"]["ResourceNotFoundException"];
                };
            };
            /** @description ThrottlingException */
            429: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThrottlingException"];
                };
            };
        };
    };
    StartViewerSessionRevocation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartViewerSessionRevocationRequest"];
            };
        };
        responses: {
            /** @description StartViewerSessionRevocation succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StartViewerSessionRevocationResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description AccessDeniedException | PendingVerification */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"] | components["schemas"]["PendingVerification"];
                };
            };
            /** @description ResourceNotFoundException */
            404: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceNotFoundException"];
                };
            };
            /** @description ThrottlingException */
            429: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThrottlingException"];
                };
            };
            /** @description InternalServerException */
            500: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalServerException"];
                };
            };
        };
    };
    StopStream: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StopStreamRequest"];
            };
        };
        responses: {
            /** @description StopStream succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StopStreamResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description AccessDeniedException */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"];
                };
            };
            /** @description ChannelNotBroadcasting | ResourceNotFoundException */
            404: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelNotBroadcasting"] | components["schemas"]["ResourceNotFoundException"];
                };
            };
            /** @description StreamUnavailable */
            503: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StreamUnavailable"];
                };
            };
        };
    };
    UpdateAdConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAdConfigurationRequest"];
            };
        };
        responses: {
            /** @description UpdateAdConfiguration succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateAdConfigurationResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description ServiceQuotaExceededException */
            402: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceQuotaExceededException"];
                };
            };
            /** @description AccessDeniedException | PendingVerification */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"] | components["schemas"]["PendingVerification"];
                };
            };
            /** @description ResourceNotFoundException */
            404: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceNotFoundException"];
                };
            };
            /** @description ConflictException */
            409: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictException"];
                };
            };
            /** @description ThrottlingException */
            429: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThrottlingException"];
                };
            };
            /** @description InternalServerException */
            500: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalServerException"];
                };
            };
        };
    };
    UpdateChannel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateChannelRequest"];
            };
        };
        responses: {
            /** @description UpdateChannel succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateChannelResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description AccessDeniedException | PendingVerification */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"] | components["schemas"]["PendingVerification"];
                };
            };
            /** @description ResourceNotFoundException */
            404: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceNotFoundException"];
                };
            };
            /** @description ConflictException */
            409: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictException"];
                };
            };
        };
    };
    UpdatePlaybackRestrictionPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePlaybackRestrictionPolicyRequest"];
            };
        };
        responses: {
            /** @description UpdatePlaybackRestrictionPolicy succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdatePlaybackRestrictionPolicyResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description AccessDeniedException | PendingVerification */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"] | components["schemas"]["PendingVerification"];
                };
            };
            /** @description ResourceNotFoundException */
            404: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceNotFoundException"];
                };
            };
            /** @description ConflictException */
            409: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictException"];
                };
            };
        };
    };
    ListTagsForResource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ARN of the resource to be retrieved. The ARN must be URL-encoded. */
                resourceArn: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description ListTagsForResource succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListTagsForResourceResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description ResourceNotFoundException */
            404: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceNotFoundException"];
                };
            };
            /** @description InternalServerException */
            500: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalServerException"];
                };
            };
        };
    };
    TagResource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ARN of the resource for which tags are to be added or updated. The ARN must be URL-encoded. */
                resourceArn: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TagResourceRequest"];
            };
        };
        responses: {
            /** @description TagResource succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagResourceResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description ResourceNotFoundException */
            404: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceNotFoundException"];
                };
            };
            /** @description InternalServerException */
            500: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalServerException"];
                };
            };
        };
    };
    UntagResource: {
        parameters: {
            query: {
                /** @description Array of tag keys (strings) for the tags to be removed. See Best practices and strategies in *Tagging AWS Resources and Tag Editor* for details, including restrictions that apply to tags and "Tag naming limits and requirements"; Amazon IVS has no service-specific constraints beyond what is documented there. */
                tagKeys: string[];
            };
            header?: never;
            path: {
                /** @description ARN of the resource for which tags are to be removed. The ARN must be URL-encoded. */
                resourceArn: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description UntagResource succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UntagResourceResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description ResourceNotFoundException */
            404: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceNotFoundException"];
                };
            };
            /** @description InternalServerException */
            500: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalServerException"];
                };
            };
        };
    };
}
